using System.Reflection;
using System.Xml.Linq;
using NodePoint.Testing;
using Shouldly;

namespace NodePoint.Host.Tests;

public class ArchitectureTests
{
    private static readonly string[] ComponentFolders = ["modules", "plugins", "tests/SampleModules"];

    [Fact]
    public void Components_reference_only_the_shared_projects()
    {
        var projects = ComponentFolders.SelectMany(f => ProjectsUnder(Path.Combine(Repository.Root, f))).ToList();
        projects.ShouldNotBeEmpty();

        foreach (var project in projects)
            foreach (var reference in ProjectReferences(project))
                Path.GetRelativePath(Repository.Root, reference).Replace('\\', '/').ShouldStartWith("shared/",
                    customMessage: $"{Path.GetFileName(project)} may reference shared/ projects only");
    }

    [Fact]
    public void Built_components_reference_no_other_component_assembly()
    {
        var assemblies = new[] { "modules", "plugins", "samples" }
            .Select(f => Path.Combine(AppContext.BaseDirectory, f))
            .Where(Directory.Exists)
            .SelectMany(f => Directory.GetDirectories(f))
            .SelectMany(d => Directory.GetFiles(d, "NodePoint.*.dll").Where(p => Path.GetFileName(p).StartsWith($"NodePoint.{(d.Contains("plugins") ? "Plugins" : "Modules")}.{Path.GetFileName(d)}.")))
            .ToList();
        assemblies.ShouldNotBeEmpty();

        foreach (var path in assemblies)
        {
            var name = AssemblyName.GetAssemblyName(path).Name!;
            var references = ReferencedAssemblyNames(path);
            references.Where(r => r != name && (r.StartsWith("NodePoint.Modules.") || r.StartsWith("NodePoint.Plugins.")))
                .ShouldBeEmpty($"{name} references another component");
            references.ShouldNotContain("NodePoint.Host", $"{name} references the host");
        }
    }

    [Fact]
    public void The_host_has_no_compile_time_reference_to_any_component()
    {
        var hostProject = Path.Combine(Repository.Root, "host/NodePoint.Host/NodePoint.Host.csproj");
        foreach (var reference in XDocument.Load(hostProject).Descendants("ProjectReference"))
        {
            var path = reference.Attribute("Include")!.Value.Replace('\\', '/');
            if (path.Contains("/modules/") || path.Contains("/plugins/"))
                reference.Attribute("ReferenceOutputAssembly")?.Value.ShouldBe("false", path);
        }
        typeof(Program).Assembly.GetReferencedAssemblies()
            .ShouldNotContain(a => a.Name!.StartsWith("NodePoint.Modules.") || a.Name.StartsWith("NodePoint.Plugins."));
    }

    [Fact]
    public void The_shared_projects_reference_no_component_or_host()
    {
        foreach (var project in ProjectsUnder(Path.Combine(Repository.Root, "shared")))
            foreach (var reference in ProjectReferences(project))
                Path.GetRelativePath(Repository.Root, reference).Replace('\\', '/').ShouldStartWith("shared/");
    }

    private static IEnumerable<string> ProjectsUnder(string folder) =>
        Directory.Exists(folder)
            ? Directory.GetFiles(folder, "*.csproj", SearchOption.AllDirectories).Where(p => !p.Contains("/obj/") && !p.Contains("/bin/"))
            : [];

    private static IEnumerable<string> ProjectReferences(string project) =>
        XDocument.Load(project).Descendants("ProjectReference")
            .Select(r => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(project)!, r.Attribute("Include")!.Value.Replace('\\', '/'))));

    // Read the metadata without loading the assembly into the test process.
    private static List<string> ReferencedAssemblyNames(string path)
    {
        using var stream = File.OpenRead(path);
        using var reader = new System.Reflection.PortableExecutable.PEReader(stream);
        var metadata = System.Reflection.Metadata.PEReaderExtensions.GetMetadataReader(reader);
        return metadata.AssemblyReferences.Select(h => metadata.GetString(metadata.GetAssemblyReference(h).Name)).ToList();
    }
}
