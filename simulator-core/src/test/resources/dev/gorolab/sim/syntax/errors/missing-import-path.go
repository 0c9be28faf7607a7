package main

import

func main() {
}
