namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>A question of a custom form as the filer sees it: posted as <see cref="Name"/>; position 0 is the title question.</summary>
internal sealed record FormQuestion(int Position, string Question, FieldType Type)
{
    public string Name => "field" + Position;
    public bool IsTitle => Position == 0;
}
