module inception.local/cni-agent

go 1.24
