namespace NodePoint.Modules.Tickets.Features.Seeding;

/// <summary>Believable ticket titles, descriptions, comments and resolutions, built from small word lists.</summary>
internal static class TicketText
{
    private static readonly string[] Things = ["printer", "laptop", "monitor", "keyboard", "mailbox", "VPN client", "badge reader", "projector", "headset", "docking station", "shared drive", "calendar", "password", "browser", "router"];
    private static readonly string[] Problems = ["does not start", "is very slow", "shows an error", "keeps disconnecting", "will not print", "lost its settings", "needs replacing", "freezes at login", "makes a noise", "cannot sync"];
    private static readonly string[] Places = ["in room 101", "at reception", "in the lab", "for the sales team", "after the update", "since Monday", "on the third floor", "at home", "in the warehouse", "during meetings"];
    private static readonly string[] Details = ["It worked yesterday.", "Restarting did not help.", "The error code is 0x80070005.", "Others on the floor see the same.", "It happens every morning.",
        "I tried another cable.", "The light is blinking orange.", "Nothing changed on my side.", "A screenshot is attached to the mail I sent.", "It is urgent for the audit."];
    private static readonly string[] Replies = ["Can you try again now?", "I am looking into it.", "Please send the exact error message.", "A replacement is ordered.", "Fixed on our side; please confirm.",
        "Same problem here.", "It works again, thanks.", "We scheduled a visit for tomorrow.", "Logs collected.", "Driver reinstalled."];
    private static readonly string[] Resolutions = ["Replaced the part.", "Reinstalled the driver.", "Reset the account.", "Could not reproduce.", "Duplicate of an older ticket.", "Works as intended.", "Configuration corrected."];

    public static string Title(Random random) => $"{Pick(random, Things)} {Pick(random, Problems)} {Pick(random, Places)}".ToUpperFirst();

    public static string Description(Random random)
    {
        var sentences = random.Next(2, 5);
        return string.Join(' ', Enumerable.Range(0, sentences).Select(_ => Pick(random, Details)));
    }

    public static string Comment(Random random) => Pick(random, Replies);

    public static string Resolution(Random random) => Pick(random, Resolutions);

    private static string Pick(Random random, string[] words) => words[random.Next(words.Length)];

    private static string ToUpperFirst(this string text) => char.ToUpperInvariant(text[0]) + text[1..];
}
