using Microsoft.AspNetCore.Http;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>
/// A filled-in custom form turned into a ticket: the title question's answer is the title, a priority question sets the
/// priority, files become attachments, and every other answer goes into the description as "question", answer, blank
/// line. <see cref="Typed"/> keeps what was typed, to show it again beside <see cref="Errors"/>.
/// </summary>
internal sealed record FormAnswers(string Title, string Description, string Priority, IReadOnlyList<(string Label, IFormFile File)> Files,
    IReadOnlyDictionary<string, string> Typed, IReadOnlyDictionary<string, string> Errors)
{
    /// <summary>Reads the answers to <paramref name="questions"/>; an IP address question gets <paramref name="submitterAddress"/>, whatever was posted.</summary>
    public static FormAnswers Read(IReadOnlyList<FormQuestion> questions, IFormCollection posted, string submitterAddress)
    {
        var (title, priority) = ("", nameof(TicketPriority.Normal));
        var (typed, errors) = (new Dictionary<string, string>(), new Dictionary<string, string>());
        var (answers, files) = (new List<string>(), new List<(string, IFormFile)>());
        foreach (var question in questions)
        {
            if (question.Type.Input == FieldInput.File)
            {
                if (posted.Files.GetFile(question.Name) is { FileName.Length: > 0 } file)
                    files.Add((question.Question, file));
                continue;
            }
            typed[question.Name] = posted[question.Name].ToString();
            var (value, error) = question.Type.Input == FieldInput.Address
                ? (submitterAddress, null)
                : AnswerValidation.Read(question.Type, question.Question, typed[question.Name]);
            if (error is null && question.IsTitle && value.Length is 0 or > Ticket.MaxTitle)
                error = $"Answer \"{question.Question}\": it is the ticket's title (at most {Ticket.MaxTitle} characters).";
            if (error is not null)
                errors[question.Name] = error;
            else if (question.IsTitle)
                title = value;
            else if (question.Type.Key == BuiltInFieldTypes.Priority)
                priority = value.Length > 0 ? value : priority;
            else if (value.Length > 0)
                answers.Add($"{question.Question}\n{value}");
        }
        var description = string.Join("\n\n", answers);
        if (description.Length > Ticket.MaxDescription)
            errors["description"] = $"Together the answers are longer than the {Ticket.MaxDescription:N0} characters a description holds; shorten them.";
        return new FormAnswers(title, description, priority, files, typed, errors);
    }
}
