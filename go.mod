module krait

go 1.26
