using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Abstractions.Seeding;
using NodePoint.Modules.Projects.Data;
using NodePoint.Modules.Projects.Domain;

namespace NodePoint.Modules.Projects.Features.Seeding;

/// <summary>
/// Seeds projects (mostly public, some private or restricted), three releases each, and auto-assignment of
/// <c>agent</c> plus one other level-3 user, so new tickets land with someone.
/// </summary>
internal sealed class ProjectSeeder(ProjectsDbContext db) : IDataSeeder
{
    private static readonly string[] Products = ["Printer", "Laptop", "Mail server", "VPN", "Phone system", "Payroll", "Website", "Scanner", "Wi-Fi", "CRM"];
    private static readonly string[] Versions = ["1.0", "1.1", "2.0"];

    public int Order => 200;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var agents = context.Users.Where(u => u.Level == AccessLevel.TicketsManagement).Select(u => u.Name).ToList();
        context.Progress.Start("projects", context.Plan.Projects);
        for (var n = 1; n <= context.Plan.Projects; n++)
        {
            var visibility = (n % 10) switch { 7 => ProjectVisibility.Private, 9 => ProjectVisibility.Restricted, _ => ProjectVisibility.Public };
            var product = Products[(n - 1) % Products.Length];
            var project = Project.Create($"{product} {n:D3}", $"Model {(char)('A' + n % 26)}-{n}", $"The **{product}** service.\n\nReport problems with {product.ToLowerInvariant()} here.", visibility);
            db.Projects.Add(project);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var version in Versions)
                db.Releases.Add(Release.Create(project.Id, version, $"Release {version} of {project.Name}.", "agent"));
            var assignees = agents.Take(1).Concat(agents.Count > 1 ? [agents[1 + context.Random.Next(agents.Count - 1)]] : []).Distinct().ToList();
            foreach (var assignee in assignees)
                db.AutoAssignments.Add(AutoAssignment.Create(project.Id, assignee));
            await db.SaveChangesAsync(cancellationToken);
            context.Projects.Add(new SeededProject(project.Id, project.Name, Versions, assignees));
            context.Progress.Advance(1);
        }
        context.Progress.Finish();
    }
}
