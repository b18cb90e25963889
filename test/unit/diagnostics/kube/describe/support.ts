export const at = (text: string) => new Date(text);
