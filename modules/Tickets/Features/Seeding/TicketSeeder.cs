using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using NodePoint.Abstractions.Access;
using NodePoint.Abstractions.Seeding;
using NodePoint.Modules.Tickets.Data;
using NodePoint.Modules.Tickets.Domain;

namespace NodePoint.Modules.Tickets.Features.Seeding;

/// <summary>
/// Seeds tickets over three years with their comments, assignees (the project's auto-assigned users, often the
/// <c>agent</c> account), followers and history, with prepared statements in large transactions. The full-text
/// index is dropped first and rebuilt at the end by the same statement the migration uses, which is much faster
/// than its triggers firing for each comment.
/// </summary>
internal sealed class TicketSeeder(TicketsDbContext db) : IDataSeeder
{
    private const int Batch = 20_000;
    private static readonly TicketStatus[] Statuses =
        [TicketStatus.New, TicketStatus.New, TicketStatus.Open, TicketStatus.Open, TicketStatus.Hold, TicketStatus.Invalid, TicketStatus.Duplicate,
         TicketStatus.Resolved, TicketStatus.Resolved, TicketStatus.Resolved, TicketStatus.Closed, TicketStatus.Closed];

    public int Order => 300;

    public async Task SeedAsync(SeedContext context, CancellationToken cancellationToken)
    {
        var plan = context.Plan;
        if (plan.Tickets == 0 || context.Projects.Count == 0 || context.Users.Count == 0)
            return;
        var users = context.Users.Select(u => u.Name).ToArray();
        var agents = context.Users.Where(u => u.Level >= AccessLevel.TicketsManagement).Select(u => u.Name).DefaultIfEmpty(users[0]).ToArray();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await ExecuteAsync(connection, "PRAGMA synchronous = OFF;" + TicketSearchIndex.Drop, cancellationToken);
            await InsertAsync(context, connection, users, agents, cancellationToken);
            context.Progress.Start("search index", 1);
            await ExecuteAsync(connection, TicketSearchIndex.Create + "PRAGMA synchronous = NORMAL; ANALYZE;", cancellationToken);
            context.Progress.Advance(1);
            context.Progress.Finish();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task InsertAsync(SeedContext context, DbConnection connection, string[] users, string[] agents, CancellationToken cancellationToken)
    {
        var random = context.Random;
        var plan = context.Plan;
        var start = DateTime.UtcNow.AddYears(-3);
        var step = TimeSpan.FromTicks((DateTime.UtcNow - start).Ticks / Math.Max(1, plan.Tickets));
        await using var ticket = Command(connection, "INSERT INTO tickets_ticket (ProjectId, Release, Title, Description, Priority, Status, Resolution, Custom, CreatedBy, NormalizedCreatedBy, CreatedUtc, ModifiedUtc) VALUES ($p, $r, $t, $d, $pr, $s, $res, '', $by, $nby, $at, $mod) RETURNING Id", "$p", "$r", "$t", "$d", "$pr", "$s", "$res", "$by", "$nby", "$at", "$mod");
        await using var comment = Command(connection, "INSERT INTO tickets_comment (TicketId, Author, Text, CreatedUtc) VALUES ($id, $a, $t, $at)", "$id", "$a", "$t", "$at");
        await using var assignee = Command(connection, "INSERT OR IGNORE INTO tickets_assignee (TicketId, UserName, NormalizedUserName) VALUES ($id, $u, $nu)", "$id", "$u", "$nu");
        await using var follower = Command(connection, "INSERT OR IGNORE INTO tickets_follower (TicketId, UserName, NormalizedUserName) VALUES ($id, $u, $nu)", "$id", "$u", "$nu");
        await using var change = Command(connection, "INSERT INTO tickets_change (TicketId, AtUtc, ChangedBy, Field, OldValue, NewValue) VALUES ($id, $at, $by, 'Status', 'New', $new)", "$id", "$at", "$by", "$new");

        context.Progress.Start("tickets", plan.Tickets);
        DbTransaction? transaction = null;
        for (var n = 0; n < plan.Tickets; n++)
        {
            if (n % Batch == 0)
            {
                if (transaction is not null)
                {
                    await transaction.CommitAsync(cancellationToken);
                    context.Progress.Advance(Batch);
                }
                transaction = await connection.BeginTransactionAsync(cancellationToken);
                foreach (var command in new[] { ticket, comment, assignee, follower, change })
                    command.Transaction = transaction;
            }
            var project = context.Projects[random.Next(context.Projects.Count)];
            var created = start + step * n;
            var status = Statuses[random.Next(Statuses.Length)];
            var author = users[random.Next(users.Length)];
            var worked = status != TicketStatus.New;
            var modified = worked ? created.AddHours(random.Next(1, 72)) : (DateTime?)null;
            var id = Convert.ToInt32(await Run(ticket, cancellationToken, project.Id, project.Releases[random.Next(project.Releases.Count)], TicketText.Title(random),
                TicketText.Description(random), random.Next(3), (int)status, Ticket.NeedsResolution(status) ? TicketText.Resolution(random) : "",
                author, author.ToUpperInvariant(), created, (object?)modified ?? DBNull.Value));
            foreach (var name in project.AutoAssignees)
                await Run(assignee, cancellationToken, id, name, name.ToUpperInvariant());
            if (random.Next(4) == 0)
            {
                var extra = agents[random.Next(agents.Length)];
                await Run(assignee, cancellationToken, id, extra, extra.ToUpperInvariant());
            }
            for (var f = random.Next(3); f > 0; f--)
            {
                var name = f == 1 && random.Next(10) == 0 ? "agent" : users[random.Next(users.Length)];
                await Run(follower, cancellationToken, id, name, name.ToUpperInvariant());
            }
            for (var c = CommentCount(random, plan.CommentsPerTicket); c > 0; c--)
                await Run(comment, cancellationToken, id, random.Next(2) == 0 ? author : agents[random.Next(agents.Length)], TicketText.Comment(random), created.AddMinutes(random.Next(1, 600)));
            if (worked)
                await Run(change, cancellationToken, id, modified!.Value, agents[random.Next(agents.Length)], status.ToString());
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
            context.Progress.Advance(plan.Tickets % Batch == 0 ? Batch : plan.Tickets % Batch);
        }
        context.Progress.Finish();
    }

    /// <summary>Between 0 and twice the average, so the average holds.</summary>
    private static int CommentCount(Random random, double average) =>
        average <= 0 ? 0 : (int)Math.Floor(random.NextDouble() * 2 * average + random.NextDouble());

    private static DbCommand Command(DbConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            command.Parameters.Add(parameter);
        }
        command.Prepare();
        return command;
    }

    private static async Task<object?> Run(DbCommand command, CancellationToken cancellationToken, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
            command.Parameters[i].Value = values[i];
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    private static async Task ExecuteAsync(DbConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
