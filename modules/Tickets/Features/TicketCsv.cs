using System.Globalization;
using CsvHelper;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Abstractions.Settings;

namespace NodePoint.Modules.Tickets.Features;

/// <summary>
/// Writes a filtered ticket list as CSV (the original's columns plus priority), streaming every row the visitor may
/// see. Cells that a spreadsheet would run as a formula are escaped.
/// </summary>
internal sealed class TicketCsv(TicketList list, IProjectDirectory projects, ISiteTime time, CustomField customField)
{
    public async Task WriteAsync(TicketFilter filter, Stream output, CancellationToken cancellationToken)
    {
        var projectNames = (await projects.VisibleToAsync(AccessLevel.Admin, cancellationToken)).ToDictionary(p => p.Id, p => p.Name);
        var customName = customField.IsShown ? customField.Name : "Custom field";
        await using var csv = CsvWriter.Create(output, new CsvWriterOptions { Injection = CsvInjection.Escape }, true);
        await csv.WriteRecordAsync(["ID", "Project", "User", "Title", "Description", customName, "Priority", "Status", "Resolution", "Created", "Modified"], cancellationToken);
        await foreach (var ticket in list.AllAsync(filter).WithCancellation(cancellationToken))
        {
            await csv.WriteRecordAsync(
            [
                ticket.Id.ToString(CultureInfo.InvariantCulture), projectNames.GetValueOrDefault(ticket.ProjectId, ""), ticket.CreatedBy, ticket.Title,
                ticket.Description, ticket.Custom, ticket.Priority.ToString(), ticket.Status.ToString(), ticket.Resolution,
                time.Show(ticket.CreatedUtc), ticket.ModifiedUtc is { } modified ? time.Show(modified) : "Never",
            ], cancellationToken);
        }
        await csv.FlushAsync(cancellationToken);
    }
}
