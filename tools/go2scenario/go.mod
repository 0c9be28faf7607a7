module gorolab.dev/tools/go2scenario

go 1.19
