// NodePoint build script. Run with: dotnet tool restore && dotnet cake --target=<Task>
// Tasks: Clean, Build (default), TestTools, Test, Publish, Run, Bench.
var target = Argument("target", "Build");
var configuration = Argument("configuration", "Debug");

var solution = File("./NodePoint.sln");
var host = File("./host/NodePoint.Host/NodePoint.Host.csproj");
var artifacts = MakeAbsolute(Directory("./artifacts"));
var testResults = artifacts.Combine("test-results");

Task("Clean")
    .Does(() =>
{
    CleanDirectories("./**/bin");
    CleanDirectories("./**/obj");
    CleanDirectory(artifacts);
});

Task("Build")
    .Does(() =>
{
    DotNetBuild(solution, new DotNetBuildSettings { Configuration = configuration });
});

// What the tests need beyond the .NET SDK, as Debian packages: Chromium for the browser tests; OpenLDAP's server and
// client tools for the directory login tests, which start their own private slapd (the system service is never used);
// Python 3 for the manual's API client script. A bare command name may be found anywhere on the PATH (pyenv and the like).
var testTools = new[]
{
    (Path: "/usr/bin/chromium", Package: "chromium"),
    (Path: "/usr/sbin/slapd", Package: "slapd"),
    (Path: "/usr/bin/ldapadd", Package: "ldap-utils"),
    (Path: "python3", Package: "python3"),
};

Task("TestTools")
    .Does(() =>
{
    var missing = testTools.Where(t => !IsInstalled(t.Path)).Select(t => t.Package).Distinct().ToList();
    if (missing.Count > 0)
        InstallDebianPackages(missing, "The tests need");
});

bool IsInstalled(string tool) =>
    tool.Contains('/')
        ? FileExists(tool)
        : (EnvironmentVariable("PATH") ?? "").Split(System.IO.Path.PathSeparator).Any(folder => System.IO.File.Exists(System.IO.Path.Combine(folder, tool)));

// One apt-get call for everything missing; only root may install, anyone else is told the command to run.
void InstallDebianPackages(IReadOnlyCollection<string> packages, string whoNeedsThem)
{
    var list = string.Join(" ", packages);
    var isRoot = StartProcess("id", new ProcessSettings { Arguments = "-u", RedirectStandardOutput = true }, out var uid) == 0
                 && uid.FirstOrDefault() == "0";
    if (!isRoot)
        throw new Exception($"{whoNeedsThem} the Debian packages {list}: run 'sudo apt-get install -y {list}' and try again.");
    Information($"Installing {list} (apt-get)...");
    var env = new Dictionary<string, string> { ["DEBIAN_FRONTEND"] = "noninteractive" };
    if (StartProcess("apt-get", new ProcessSettings { Arguments = "update -qq", EnvironmentVariables = env }) != 0
        || StartProcess("apt-get", new ProcessSettings { Arguments = $"install -y -qq {list}", EnvironmentVariables = env }) != 0)
        throw new Exception($"Installing {list} with apt-get failed; install those packages and try again.");
}

Task("Test")
    .IsDependentOn("TestTools")
    .IsDependentOn("Build")
    .Does(() =>
{
    CleanDirectory(testResults);
    DotNetTest(solution, new DotNetTestSettings
    {
        Configuration = configuration,
        NoBuild = true,
        ResultsDirectory = testResults,
        Loggers = { "trx", "console;verbosity=normal" },
        // One test project at a time: each starts real hosts, servers and a browser, and this machine has 2 cores.
        ArgumentCustomization = args => args.Append("-m:1"),
    });
});

Task("Publish")
    .Does(() =>
{
    var output = PublishHost(artifacts.Combine("publish"));
    Information($"Published to {output}: run it with 'dotnet NodePoint.Host.dll' from that folder.");
});

// The host in Release with its modules and plugins beside it (build/NodePoint.CopyComponents.targets puts them there).
DirectoryPath PublishHost(DirectoryPath output)
{
    CleanDirectory(output);
    DotNetPublish(host, new DotNetPublishSettings { Configuration = "Release", OutputDirectory = output });
    foreach (var folder in new[] { "modules", "plugins" })
        if (!DirectoryExists(output.Combine(folder)) || !GetFiles(output.Combine(folder).FullPath + "/*/*.dll").Any())
            throw new Exception($"The published host in {output} has no {folder}/ folder with components; the host cannot run like that.");
    return output;
}

Task("Run")
    .IsDependentOn("Build")
    .Does(() =>
{
    DotNetRun(host, new DotNetRunSettings { Configuration = configuration, NoBuild = true });
});

// The benchmark (README, "Benchmarks"): never part of Test, never fails on a time. It seeds artifacts/bench/data-<size>
// once per size (kept for the next run), starts the published host on a copy and drives it with wrk, writing
// artifacts/bench/results.md. Arguments: --sizes=100000,1000000 --duration=10 --connections=16 --reseed.
var benchSizes = Argument("sizes", "100000,1000000");
var benchDuration = Argument("duration", "10");
var benchConnections = Argument("connections", "16");
var bench = artifacts.Combine("bench");
var benchmarks = File("./tests/NodePoint.Benchmarks/NodePoint.Benchmarks.csproj");

Task("Bench")
    .Does(() =>
{
    if (!IsInstalled("wrk"))
        InstallDebianPackages(new[] { "wrk" }, "The benchmark needs");
    var published = PublishHost(bench.Combine("host"));
    DotNetBuild(benchmarks, new DotNetBuildSettings { Configuration = "Release" });
    var arguments = new ProcessArgumentBuilder()
        .Append("--host").AppendQuoted(published.FullPath)
        .Append("--sizes").Append(benchSizes)
        .Append("--out").AppendQuoted(bench.FullPath)
        .Append("--duration").Append(benchDuration)
        .Append("--connections").Append(benchConnections);
    if (HasArgument("reseed"))
        arguments.Append("--reseed");
    DotNetRun(benchmarks, arguments, new DotNetRunSettings { Configuration = "Release", NoBuild = true });
});

RunTarget(target);
