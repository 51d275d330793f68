using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Projects;
using NodePoint.Abstractions.Tickets;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Level 3 edits a ticket: title, release, priority, status and resolution (required unless New or Open), and may assign
/// themselves. Every change goes into the history; then <see cref="TicketChanged"/> is published. The
/// NodePoint-compatible API edits on someone's behalf (<c>api</c> or its <c>from_user</c>) and, like the original, lets
/// a ticket close without a resolution.
/// </summary>
internal sealed class EditTicket(TicketsDbContext db, IProjectDirectory projects, ICurrentUser user, IEventBus events, CustomField customField)
{
    public sealed record Request(string Title, string Release, string Priority, string Status, string Resolution, bool AssignMe, string? Custom = null);

    /// <summary>Who edits: their name in the history, whether they may assign themselves, whether closing needs a resolution.</summary>
    public sealed record Editor(string Name, bool MayAssignSelf, bool ResolutionRequired);

    public Task<string?> EditAsync(Ticket ticket, Request request, CancellationToken cancellationToken) =>
        EditAsync(ticket, request, new Editor(user.Name, user.Kind == UserKind.User, ResolutionRequired: true), cancellationToken);

    public async Task<string?> EditAsync(Ticket ticket, Request request, Editor editor, CancellationToken cancellationToken)
    {
        var title = request.Title.Trim();
        var release = request.Release.Trim();
        var resolution = request.Resolution.Trim();
        if (title.Length is 0 or > Ticket.MaxTitle)
            return $"Enter a title of at most {Ticket.MaxTitle} characters.";
        if (!Enum.TryParse<TicketStatus>(request.Status, out var status) || !Enum.IsDefined(status))
            return "Choose a status.";
        if (!Enum.TryParse<TicketPriority>(request.Priority, out var priority) || !Enum.IsDefined(priority))
            return "Choose a priority.";
        if (resolution.Length > Ticket.MaxResolution)
            return $"The resolution must be at most {Ticket.MaxResolution} characters.";
        if (editor.ResolutionRequired && Ticket.NeedsResolution(status) && resolution.Length == 0)
            return $"A ticket set to {status} needs a resolution.";
        var (custom, customError) = request.Custom is null ? (ticket.Custom, null) : customField.Read(request.Custom);
        if (customError is not null)
            return customError;
        if (release.Length > 0 && release != ticket.Release && !(await projects.ReleasesAsync(ticket.ProjectId, cancellationToken)).Contains(release))
            return "Choose one of the project's releases.";

        var before = await TicketRecipients.ForAsync(db, ticket, editor.Name, [], cancellationToken);
        var wasOpen = !Ticket.NeedsResolution(ticket.Status);
        var changes = ticket.Edit(title, release, priority, status, resolution, custom, customField.Name.Length > 0 ? customField.Name : "Custom field");
        var assigned = false;
        if (request.AssignMe && editor.MayAssignSelf && !await db.Assignees.AnyAsync(a => a.TicketId == ticket.Id && a.NormalizedUserName == editor.Name.ToUpperInvariant(), cancellationToken))
        {
            db.Assignees.Add(TicketPerson.Create(ticket.Id, editor.Name));
            changes.Add(("Assigned", "", editor.Name));
            ticket.Touch();
            assigned = true;
        }
        if (changes.Count == 0)
            return null;
        var history = changes.Select(c => TicketChange.Create(ticket.Id, editor.Name, c.Field, c.Old, c.New)).ToList();
        db.Changes.AddRange(history);
        await db.SaveChangesAsync(cancellationToken);
        var recipients = await TicketRecipients.ForAsync(db, ticket, editor.Name, before, cancellationToken);
        await events.PublishAsync(new TicketChanged(ticket.Id, ticket.Title, ticket.Status.ToString(), ticket.Resolution, editor.Name,
            history.Select(h => h.Describe()).ToList(), recipients), cancellationToken);
        if (wasOpen && Ticket.NeedsResolution(ticket.Status))
            await events.PublishAsync(new TicketResolved(ticket.Id, ticket.Title, ticket.Status.ToString(), ticket.Resolution, editor.Name), cancellationToken);
        if (assigned)
            await events.PublishAsync(new TicketAssigned(ticket.Id, ticket.Title, editor.Name, editor.Name), cancellationToken);
        return null;
    }
}
