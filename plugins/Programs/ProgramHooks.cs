namespace NodePoint.Plugins.Programs;

/// <summary>
/// Every hook, in the order the Settings page shows them. The events that run a hook (notifications here; tickets, tasks
/// and items as their modules arrive) pass values under exactly these variable names.
/// </summary>
internal static class ProgramHooks
{
    public static readonly ProgramHook Notification = new(
        "ext_plugin", "Notification program",
        [new("user", "the recipient's name"), new("title", "the subject"), new("message", "the text")],
        "Runs for every notification, before any mail, even for recipients without an email address.",
        "/usr/local/bin/notify --to %user% --subject %title% %message%");

    public static readonly ProgramHook Checkout = new(
        "checkout_plugin", "Checkout program",
        [new("user", "who receives the item"), new("serial", "the item's serial number")],
        "Runs when an item is checked out without approval, when a checkout request is approved, and when an item is assigned.",
        "/usr/local/bin/item-out --serial %serial% --user %user%");

    public static readonly ProgramHook TaskCompletion = new(
        "task_plugin", "Task completion program",
        [new("user", "the assignee"), new("task", "the task's description"), new("product", "the product's id"), new("due", "the due date")],
        "Runs when the assignee marks a task as complete.",
        "/usr/local/bin/task-done %user% %task% --due %due%");

    public static readonly ProgramHook NewTicket = new(
        "newticket_plugin", "New ticket program",
        [
            new("ticket", "the ticket's number"), new("user", "who filed it"), new("title", "its title"),
            new("description", "its description"), new("product", "the product's id"), new("release", "the release"),
        ],
        "Runs when a ticket is created, on the web or through the API.",
        "/usr/local/bin/new-ticket --id %ticket% --from %user% %title%");

    public static readonly ProgramHook TicketResolution = new(
        "ticket_plugin", "Ticket resolution program",
        [
            new("ticket", "the ticket's number"), new("status", "its new status"), new("resolution", "its resolution"),
            new("user", "who updated it"), new("client", "the billable client's name, or empty"),
        ],
        "Runs when a ticket is updated.",
        "/usr/local/bin/ticket-updated %ticket% %status% %resolution%");

    public static IReadOnlyList<ProgramHook> All { get; } = [Notification, Checkout, TaskCompletion, NewTicket, TicketResolution];

    public static ProgramHook? Find(string key) => All.FirstOrDefault(h => h.Key == key);
}
