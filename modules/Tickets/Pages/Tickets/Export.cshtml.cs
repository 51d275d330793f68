using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NodePoint.Abstractions.Access;
using NodePoint.Modules.Tickets.Features;

namespace NodePoint.Modules.Tickets.Pages.Tickets;

/// <summary>The ticket list under the same filter as <c>/tickets</c>, as a CSV download of every matching ticket the visitor may see.</summary>
[RequireLevel(AccessLevel.Guest)]
internal sealed class ExportTicketsModel(TicketCsv csv) : PageModel
{
    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var filter = TicketFilter.From(Request.Query);
        if (filter.Problems.Count > 0)
            return BadRequest(string.Join(" ", filter.Problems));
        Response.ContentType = "text/csv; charset=utf-8";
        Response.Headers.ContentDisposition = $"attachment; filename=\"tickets-{DateTime.UtcNow:yyyy-MM-dd}.csv\"";
        Response.Headers.XContentTypeOptions = "nosniff";
        await csv.WriteAsync(filter, Response.Body, cancellationToken);
        return new EmptyResult();
    }
}
