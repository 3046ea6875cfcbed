// Browser tests wait on chromium, on page loads and on local servers more than on the processor: four test classes
// side by side keep two cores busy, where one per core (xunit's default) left them half idle.
[assembly: CollectionBehavior(MaxParallelThreads = 4)]
