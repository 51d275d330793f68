// Timing tests (a silent server, a cancelled login) share two cores with the slapd fixture; one class at a time keeps
// their bounds honest.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
