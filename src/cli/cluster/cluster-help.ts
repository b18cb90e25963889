// What refresh, restart and logs do on the cluster path, for their --help.

export const REFRESH_CLUSTER_HELP = `With a cluster: section in inception.yml: each name is a Deployment or StatefulSet of the namespace
\`up\` deployed (or an image of cluster.images: every workload running it). Its images of cluster.images
are built again under a new tag, loaded into the kind nodes, and the workload is rolled to them; the
command waits until its new pods are ready (as \`kubectl rollout status\`). The rest keeps its pods.`;

export const RESTART_CLUSTER_HELP = `With a cluster: section in inception.yml: each name is a Deployment or StatefulSet (or an image of
cluster.images); its pods are replaced from the same images (\`kubectl rollout restart\`) and the command
waits until the new ones are ready.`;

export const LOGS_CLUSTER_HELP = `With a cluster: section in inception.yml: the pods of the namespace \`up\` deployed, each line
prefixed by its workload (Deployment, StatefulSet, DaemonSet or Job), and by pod and container where
there are several.`;
