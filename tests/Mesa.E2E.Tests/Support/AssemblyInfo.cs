// One browser journey at a time: on a 2-core machine, servers and Chromiums side by side only make each other slow.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
