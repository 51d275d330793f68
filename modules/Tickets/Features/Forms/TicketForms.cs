using Microsoft.EntityFrameworkCore;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>Which form a project's new tickets are filed through, and its questions for the current user.</summary>
internal sealed class TicketForms(TicketsDbContext db, FieldTypes types, TicketAttachments attachments)
{
    /// <summary>The project's own form, else the default custom form, else null (the built-in form).</summary>
    public async Task<CustomForm?> ForProjectAsync(int projectId, CancellationToken cancellationToken) =>
        await db.Forms.AsNoTracking().Where(f => f.ProjectId == projectId || f.IsDefault)
            .OrderByDescending(f => f.ProjectId == projectId).ThenBy(f => f.Id).FirstOrDefaultAsync(cancellationToken);

    /// <summary>The questions in order; file questions only for users who may upload.</summary>
    public async Task<IReadOnlyList<FormQuestion>> QuestionsAsync(CustomForm form, CancellationToken cancellationToken)
    {
        var questions = new List<FormQuestion>();
        foreach (var field in form.Fields.OrderBy(f => f.Position))
        {
            var type = await types.ResolveAsync(field.Type, cancellationToken);
            if (type.Input != FieldInput.File || attachments.MayUpload)
                questions.Add(new FormQuestion(field.Position, field.Question, type));
        }
        return questions;
    }
}
