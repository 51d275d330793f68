using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Components;

internal sealed record TicketPanelModel(string Title, IReadOnlyList<Ticket> Tickets);
