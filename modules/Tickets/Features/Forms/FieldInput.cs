namespace NodePoint.Modules.Tickets.Features.Forms;

/// <summary>How a custom form asks a question; it also decides which answers are accepted.</summary>
internal enum FieldInput
{
    Text,
    TextArea,
    Number,
    Checkbox,
    Radio,
    Select,
    Email,
    Url,
    Date,
    Phone,
    /// <summary>The submitter's IP address, filled in by the server.</summary>
    Address,
    File,
}
