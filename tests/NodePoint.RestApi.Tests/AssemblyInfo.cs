// Each test starts real hosts with their own data folders; running them one at a time keeps a 2-core machine responsive.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
