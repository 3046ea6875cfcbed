// Whole-site tests wait on the disk, on child processes (git, the PDF reader, the command line) and on local servers
// more than on the processor: four test classes side by side keep two cores busy, where one per core (xunit's default)
// left them half idle and took twice as long.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
