using Microsoft.AspNetCore.Http;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Events;
using NodePoint.Abstractions.Projects;
using NodePoint.Abstractions.Settings;
using NodePoint.Abstractions.Tickets;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Files a ticket (level 1, or guests when guest tickets are on) against a project the filer may see and that is not
/// archived, assigns the project's auto-assigned users, stores files uploaded through a custom form as comments, then
/// publishes <see cref="TicketCreated"/>. Nothing is saved unless everything is valid. The NodePoint-compatible API files
/// on someone's behalf (<c>api</c> or its <c>from_user</c>) and, like the original, without auto-assignment.
/// </summary>
internal sealed class FileTicket(
    TicketsDbContext db, IProjectDirectory projects, ICurrentUser user, ISettings settings, IEventBus events, CustomField customField, TicketAttachments attachments)
{
    /// <summary>A ticket to file. <paramref name="Custom"/> is null when the form had no custom field; <paramref name="Files"/> are (question, file).</summary>
    public sealed record Request(int ProjectId, string Release, string Title, string Description, string Priority, string? Custom = null,
        IReadOnlyList<(string Label, IFormFile File)>? Files = null);

    public bool MayFile => user.Level >= AccessLevel.Authorized || (!user.IsAuthenticated && settings.GetBool("guest_tickets"));

    public async Task<IReadOnlyList<ProjectSummary>> ProjectsAsync(CancellationToken cancellationToken) =>
        (await projects.VisibleToAsync(user.Level, cancellationToken)).Where(p => p.Visibility != ProjectVisibility.Archived).ToList();

    public Task<(Ticket? Ticket, Dictionary<string, string> Errors)> FileAsync(Request request, CancellationToken cancellationToken) =>
        FileAsync(request, user.Name, autoAssign: true, cancellationToken);

    public async Task<(Ticket? Ticket, Dictionary<string, string> Errors)> FileAsync(Request request, string filer, bool autoAssign, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string>();
        var title = request.Title.Trim();
        var release = request.Release.Trim();
        var project = await projects.FindAsync(request.ProjectId, cancellationToken);
        if (project is null || project.Visibility == ProjectVisibility.Archived || !ProjectAccess.CanSee(user.Level, project.Visibility))
            errors["project"] = "Choose a project.";
        else if (release.Length > 0 && !(await projects.ReleasesAsync(project.Id, cancellationToken)).Contains(release))
            errors["release"] = "Choose one of the project's releases.";
        if (title.Length is 0 or > Ticket.MaxTitle)
            errors["title"] = $"Enter a title of at most {Ticket.MaxTitle} characters.";
        if (request.Description.Length > Ticket.MaxDescription)
            errors["description"] = $"The description must be at most {Ticket.MaxDescription} characters.";
        if (!Enum.TryParse<TicketPriority>(request.Priority, out var priority) || !Enum.IsDefined(priority))
            errors["priority"] = "Choose a priority.";
        var (custom, customError) = request.Custom is null ? ("", null) : customField.Read(request.Custom);
        if (customError is not null)
            errors["custom"] = customError;
        foreach (var (label, file) in request.Files ?? [])
            if (attachments.Check(file) is { } fileError)
                errors[label] = fileError;
        if (errors.Count > 0)
            return (null, errors);

        var ticket = Ticket.File(project!.Id, release, title, request.Description, priority, custom, filer);
        db.Tickets.Add(ticket);
        await db.SaveChangesAsync(cancellationToken);
        var assignees = autoAssign ? await projects.AutoAssigneesAsync(project.Id, cancellationToken) : [];
        foreach (var assignee in assignees)
            db.Assignees.Add(TicketPerson.Create(ticket.Id, assignee));
        foreach (var (label, file) in request.Files ?? [])
        {
            var comment = TicketComment.Create(ticket.Id, filer, label);
            db.Comments.Add(comment);
            await db.SaveChangesAsync(cancellationToken);
            await attachments.StoreAsync(comment, file, cancellationToken);
        }
        await db.SaveChangesAsync(cancellationToken);
        await events.PublishAsync(new TicketCreated(ticket.Id, project.Id, project.Name, release, title, request.Description, priority.ToString(), filer, assignees), cancellationToken);
        return (ticket, errors);
    }
}
