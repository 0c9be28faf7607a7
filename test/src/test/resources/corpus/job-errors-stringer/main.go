// Workers report typed errors: a JobError with Error(), a Status with String(), results sorted with sort.Sort.
package main

import (
	"errors"
	"fmt"
	"sort"
	"sync"
	"time"
)

type Status int

const (
	Pending Status = iota
	Succeeded
	Failed
)

func (s Status) String() string {
	return [...]string{"pending", "succeeded", "failed"}[s]
}

var ErrTimeout = errors.New("timeout")

type JobError struct {
	Job int
	Err error
}

func (e *JobError) Error() string { return fmt.Sprintf("job %d: %v", e.Job, e.Err) }
func (e *JobError) Unwrap() error { return e.Err }

type Result struct {
	Job    int
	Status Status
	Err    error
}

func (r Result) String() string {
	if r.Err != nil {
		return fmt.Sprintf("#%d %v (%v)", r.Job, r.Status, r.Err)
	}
	return fmt.Sprintf("#%d %v", r.Job, r.Status)
}

type byJob []Result

func (b byJob) Len() int           { return len(b) }
func (b byJob) Less(i, j int) bool { return b[i].Job < b[j].Job }
func (b byJob) Swap(i, j int)      { b[i], b[j] = b[j], b[i] }

func run(job int) error {
	time.Sleep(time.Duration(40*(6-job)) * time.Millisecond)
	if job%3 == 0 {
		return &JobError{Job: job, Err: ErrTimeout}
	}
	return nil
}

func main() {
	var wg sync.WaitGroup
	var mu sync.Mutex
	var results []Result
	for job := 1; job <= 5; job++ {
		wg.Add(1)
		go func(job int) {
			defer wg.Done()
			r := Result{Job: job, Status: Succeeded}
			if err := run(job); err != nil {
				r.Status, r.Err = Failed, err
			}
			mu.Lock()
			results = append(results, r)
			fmt.Println("done:", r)
			mu.Unlock()
		}(job)
	}
	wg.Wait()
	sort.Sort(byJob(results))
	fmt.Println(results)
	for _, r := range results {
		var je *JobError
		if errors.As(r.Err, &je) && errors.Is(r.Err, ErrTimeout) {
			fmt.Printf("retry job %d: %s\n", je.Job, je)
		}
	}
	fmt.Println(Pending, Status(1), Failed)
}
