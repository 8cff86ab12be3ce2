package main

import (
	"os"
	"runtime/debug"
	"runtime/metrics"
	"time"
)

// boundHeap keeps the process's memory near what the analysis really
// holds. Go's collector, by default, lets the heap grow to twice the live
// data before collecting; boundHeap sets a soft memory limit of 30% above
// the live data (never under 256 MB, where collecting often would cost
// time for nothing), raised as the live data grows, so the limit never
// makes the collector run without end. GOMEMLIMIT or GOGC in the
// environment leave the collector alone.
func boundHeap() {
	if os.Getenv("GOMEMLIMIT") != "" || os.Getenv("GOGC") != "" {
		return
	}
	debug.SetMemoryLimit(heapLimit(0))
	go func() {
		live := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
		last := uint64(0)
		for {
			metrics.Read(live)
			if v := live[0].Value.Uint64(); v != last {
				debug.SetMemoryLimit(heapLimit(v))
				last = v
			}
			time.Sleep(20 * time.Millisecond)
		}
	}()
}

// heapLimit returns the soft memory limit for live bytes of live data.
func heapLimit(live uint64) int64 {
	const floor, slack = 256 << 20, 16 << 20
	return int64(max(floor, live+live*3/10+slack))
}
