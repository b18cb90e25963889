module inception/runc-wrapper

go 1.21
