using Microsoft.Extensions.Logging;
using NodePoint.Abstractions.Notifications;

namespace NodePoint.Plugins.Programs;

/// <summary>
/// The 1.x notification plugin as a channel: the program runs for every notification, recipients without an address
/// included. Its exit code is only logged, as in 1.x; a program that cannot start or is stopped at the time limit
/// fails the job, so the job history shows why and the delivery is retried.
/// </summary>
internal sealed class NotificationProgramChannel(ProgramHookRunner programs, ILogger<NotificationProgramChannel> logger) : INotificationChannel
{
    public string Name => "program";
    public bool NeedsAddress => false;
    public bool IsActive => programs.IsOn(ProgramHooks.Notification.Key);

    public async Task DeliverAsync(NotificationDelivery delivery, CancellationToken cancellationToken)
    {
        var values = new Dictionary<string, string>
        {
            ["user"] = delivery.UserName,
            ["title"] = delivery.Title,
            ["message"] = delivery.Text,
        };
        var result = await programs.RunAsync(ProgramHooks.Notification.Key, values, cancellationToken);
        if (result is null)
        {
            logger.LogInformation("Notification program not run for {User} ({Delivery}): switched off since the message was queued", delivery.UserName, delivery.Id);
            return;
        }
        var failed = result.StartError is not null || result.TimedOut;
        logger.Log(failed ? LogLevel.Warning : LogLevel.Information,
            "Notification program for {User} ({Delivery}): {Result}", delivery.UserName, delivery.Id, result.Describe());
        if (result.Output.Length > 0 || result.Errors.Length > 0)
            logger.LogInformation("Notification program output for {Delivery}: {Output} {Errors}", delivery.Id, result.Output, result.Errors);
        if (failed)
            throw new InvalidOperationException(result.Describe());
    }
}
