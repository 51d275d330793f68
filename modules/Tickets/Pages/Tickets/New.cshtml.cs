using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Tickets.Domain;
using NodePoint.Modules.Tickets.Features;
using NodePoint.Modules.Tickets.Features.Forms;

namespace NodePoint.Modules.Tickets.Pages.Tickets;

/// <summary>
/// Files a ticket: level 1 and up, or guests when "Allow guest tickets" is on. Once the project is chosen the page shows
/// the project's custom form, else the default custom form, else the built-in form with the configurable custom field.
/// </summary>
[RequireLevel(AccessLevel.Authorized, GuestsWhen = "guest_tickets")]
internal sealed class NewTicketModel(FileTicket filing, TicketForms forms, IProjectDirectory projects, CustomField customField, ICurrentUser user) : PageModel
{
    public IReadOnlyList<ProjectSummary> Projects { get; private set; } = [];
    /// <summary>Null until a project is chosen.</summary>
    public ProjectSummary? Project { get; private set; }
    public IReadOnlyList<string> Releases { get; private set; } = [];
    public string Release { get; private set; } = "";
    /// <summary>The custom form of the project, or null for the built-in form.</summary>
    public CustomForm? Form { get; private set; }
    public IReadOnlyList<FormQuestion> Questions { get; private set; } = [];
    public IReadOnlyDictionary<string, string> Answers { get; private set; } = new Dictionary<string, string>();
    public string Priority { get; private set; } = nameof(TicketPriority.Normal);
    public string TicketTitle { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string Custom { get; private set; } = "";
    public CustomField CustomField => customField;
    public IReadOnlyDictionary<string, string> Errors { get; private set; } = new Dictionary<string, string>();
    public bool HasFileQuestion => Questions.Any(q => q.Type.Input == FieldInput.File);

    /// <summary>The filer's IP address, as an IP address question records it.</summary>
    public string SubmitterAddress => HttpContext.Connection.RemoteIpAddress is { } ip ? (ip.IsIPv4MappedToIPv6 ? ip.MapToIPv4() : ip).ToString() : "";

    public async Task<IActionResult> OnGetAsync(int? project, CancellationToken cancellationToken)
    {
        if (!filing.MayFile)
            return Refuse();
        await ChooseAsync(project, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int project, string? release, string? title, string? description, string? priority, string? custom,
        CancellationToken cancellationToken)
    {
        if (!filing.MayFile)
            return Refuse();
        await ChooseAsync(project, cancellationToken);
        Release = (release ?? "").Trim();
        FileTicket.Request request;
        if (Form is null)
        {
            (TicketTitle, Description, Priority, Custom) = (title ?? "", description ?? "", priority ?? "", custom ?? "");
            request = new FileTicket.Request(project, Release, TicketTitle, Description, Priority, Custom);
        }
        else
        {
            var answers = FormAnswers.Read(Questions, Request.Form, SubmitterAddress);
            Answers = answers.Typed;
            if (answers.Errors.Count > 0)
            {
                Errors = answers.Errors;
                return Page();
            }
            request = new FileTicket.Request(project, Release, answers.Title, answers.Description, answers.Priority, Files: answers.Files);
        }
        var (ticket, errors) = await filing.FileAsync(request, cancellationToken);
        if (ticket is null)
        {
            Errors = errors;
            return Page();
        }
        TempData["np:flash"] = $"Ticket {ticket.Id} filed.";
        return Redirect("/tickets/" + ticket.Id);
    }

    // A project the filer may use; with only one there is nothing to choose.
    private async Task ChooseAsync(int? id, CancellationToken cancellationToken)
    {
        Projects = await filing.ProjectsAsync(cancellationToken);
        Project = Projects.FirstOrDefault(p => p.Id == id) ?? (Projects.Count == 1 ? Projects[0] : null);
        if (Project is null)
            return;
        Releases = await projects.ReleasesAsync(Project.Id, cancellationToken);
        Form = await forms.ForProjectAsync(Project.Id, cancellationToken);
        Questions = Form is null ? [] : await forms.QuestionsAsync(Form, cancellationToken);
    }

    // Guests are asked to log in; logged-in level 0 users are refused.
    private IActionResult Refuse() => user.IsAuthenticated ? Forbid() : Challenge();
}
