//go:build !unix

package main

// processCPUSeconds is 0 where getrusage is not available: the report
// leaves CPU time out.
func processCPUSeconds() float64 { return 0 }
