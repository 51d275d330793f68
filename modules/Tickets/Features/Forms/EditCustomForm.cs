using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Projects;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>
/// Saves and deletes custom forms (level 4). A form linked to a project takes that project from any other form; the
/// default form takes the default flag from the previous one. Nothing is saved unless every row is valid.
/// </summary>
internal sealed class EditCustomForm(TicketsDbContext db, IProjectDirectory projects, FieldTypes types, ICurrentUser user)
{
    /// <summary>The answer types the editor offers.</summary>
    public IReadOnlyList<FieldType> Types => types.Offered;

    /// <summary>The projects a form may be linked to.</summary>
    public Task<IReadOnlyList<ProjectSummary>> ProjectsAsync(CancellationToken cancellationToken) => projects.VisibleToAsync(user.Level, cancellationToken);

    public Task<CustomForm?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.Forms.FirstOrDefaultAsync(f => f.Id == id, cancellationToken);

    /// <summary>Saves <paramref name="draft"/> into <paramref name="form"/> (a new form when null).</summary>
    public async Task<(CustomForm? Form, Dictionary<string, string> Errors)> SaveAsync(CustomForm? form, CustomFormDraft draft, CancellationToken cancellationToken)
    {
        // Types stored on the form stay valid while their component is off, so the form can be saved unchanged.
        var stored = form?.Fields.Select(f => f.Type).ToHashSet() ?? [];
        var errors = CheckRows(draft, key => types.IsOffered(key) || stored.Contains(key));
        if (draft.Name.Length is 0 or > CustomForm.MaxName)
            errors["name"] = $"Enter a form name of at most {CustomForm.MaxName} characters.";
        if (draft.ProjectId != 0 && (draft.ProjectId < 0 || await projects.FindAsync(draft.ProjectId, cancellationToken) is null))
            errors["project"] = "Choose a project, or none.";
        if (errors.Count > 0)
            return (null, errors);

        if (form is null)
            db.Forms.Add(form = CustomForm.Create());
        var others = await db.Forms.Where(f => f.Id != form.Id && (f.IsDefault || f.ProjectId != null)).ToListAsync(cancellationToken);
        foreach (var other in others.Where(f => draft.ProjectId != 0 && f.ProjectId == draft.ProjectId))
            other.Unlink();
        foreach (var other in others.Where(f => draft.IsDefault && f.IsDefault))
            other.NotDefault();
        var fields = draft.Rows.Select((row, i) => new CustomFormField(i, row.Question, row.Type)).Where(f => f.Question.Length > 0);
        form.Set(draft.Name, draft.ProjectId == 0 ? null : draft.ProjectId, draft.IsDefault, fields);
        await db.SaveChangesAsync(cancellationToken);
        return (form, errors);
    }

    public async Task DeleteAsync(CustomForm form, CancellationToken cancellationToken)
    {
        db.Forms.Remove(form);
        await db.SaveChangesAsync(cancellationToken);
    }

    private static Dictionary<string, string> CheckRows(CustomFormDraft draft, Func<string, bool> isKnown)
    {
        var errors = new Dictionary<string, string>();
        for (var i = 0; i < draft.Rows.Count; i++)
        {
            var (question, type) = draft.Rows[i];
            var row = CustomFormDraft.RowName(i);
            string? error = (question.Length, type.Length) switch
            {
                (0, _) when i == 0 => "Enter the title question (row Title): its answer becomes the ticket's title.",
                (0, 0) => null,
                (> CustomForm.MaxQuestion, _) => $"Question {row} must be at most {CustomForm.MaxQuestion} characters.",
                (0, _) => $"Row {row} has an answer type but no question.",
                (_, 0) => $"Choose an answer type for question {row}.",
                _ when !isKnown(type) => $"Question {row} has an unknown answer type.",
                _ when i == 0 && type == BuiltInFieldTypes.File => "The title question cannot be a file upload.",
                _ => null,
            };
            if (error is not null)
                errors["question" + i] = error;
        }
        return errors;
    }
}
