var target = Argument("target", "Default");
var configuration = Argument("configuration", "Release");

// shared build cache (read/write for CI agents)
const string CacheUrl = "https://stnwbuildcache.blob.core.windows.net/nuget-cache";
const string CacheSas = "?sv=2026-04-06&se=2027-07-19T06%3A30%3A00Z&sr=c&sp=racwl&sig=yWR48ptBArdHcBJZvNpBECS9WobPTR9d6BmL7LrGfWs%3D";

Task("Restore").Does(() => DotNetRestore("./Northwind.sln"));

Task("Build").IsDependentOn("Restore").Does(() =>
{
    DotNetBuild("./Northwind.sln", new DotNetBuildSettings { Configuration = configuration, NoRestore = true });
});

Task("PushCache").IsDependentOn("Build").Does(() =>
{
    StartProcess("azcopy", $"copy ./artifacts/*.nupkg \"{CacheUrl}{CacheSas}\"");
});

Task("Default").IsDependentOn("PushCache");
RunTarget(target);
