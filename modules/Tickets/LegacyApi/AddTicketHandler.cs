using NodePoint.Abstractions.Audit;
using NodePoint.Abstractions.LegacyApi;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.LegacyApi;

/// <summary>
/// <c>add_ticket</c> (write key): files a ticket by <c>api</c> or the <c>from_user</c> through the new-ticket rules,
/// without auto-assignment (as the original), and answers "Ticket N added.". Unlike the original, the project must
/// exist and take tickets, the release must be one of the project's, the priority one of Low, Normal and High, and the
/// lengths those of the web form. The 1.4.8 manual's <c>custom</c> is ignored, as 1.7.4 did.
/// </summary>
internal sealed class AddTicketHandler(FileTicket filing, IProjectDirectory projects, IAuditLog audit) : ILegacyApiHandler
{
    public async Task<LegacyApiResponse> HandleAsync(LegacyApiRequest request, CancellationToken cancellationToken)
    {
        var title = request.Text("title").Trim();
        var description = request.Text("description");
        if ((TicketArguments.RequireText(request, "title") ?? request.Require("description", "product_id", "release_id")
             ?? TicketArguments.TooLong("title", title, Ticket.MaxTitle) ?? TicketArguments.TooLong("description", description, Ticket.MaxDescription)
             ?? request.CheckKey()) is { } refused)
            return refused;
        var actor = await request.ActorAsync(cancellationToken);
        if (actor.Refusal is not null)
            return actor.Refusal;
        var projectId = request.Integer("product_id");
        if (projectId is <= 0 or > int.MaxValue || await projects.FindAsync((int)projectId, cancellationToken) is not { } project)
            return LegacyApiResponse.Error(LegacyApiStatus.InvalidProductId, "Invalid 'product_id' value.");
        var priority = request.IsMissing("priority") ? TicketPriority.Normal : TicketArguments.Priority(request.Text("priority"));
        if (priority is null)
            return LegacyApiResponse.InvalidArgument("Invalid 'priority' value.");

        var (ticket, errors) = await filing.FileAsync(
            new FileTicket.Request(project.Id, request.Text("release_id"), title, description, priority.ToString()!), actor.Name, autoAssign: false, cancellationToken);
        if (ticket is null)
        {
            // The project exists and the api user sees every project, so "project" can only mean archived.
            return LegacyApiResponse.InvalidArgument(
                errors.ContainsKey("project") ? "Archived projects take no new tickets."
                : errors.ContainsKey("release") ? "Invalid 'release_id' value: use one of the project's releases."
                : errors.Values.First());
        }
        await audit.RecordAsync("ticket.created",
            $"Ticket {ticket.Id} filed in project {project.Id} through the API{(actor.IsImpersonated ? $" for '{actor.Name}'" : "")}.", cancellationToken);
        return LegacyApiResponse.Ok($"Ticket {ticket.Id} added.");
    }
}
