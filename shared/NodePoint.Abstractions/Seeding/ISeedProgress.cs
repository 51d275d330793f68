namespace NodePoint.Abstractions.Seeding;

/// <summary>The seed command's progress bar: one step at a time, each with a known total.</summary>
public interface ISeedProgress
{
    /// <summary>Starts a step such as "tickets" with <paramref name="total"/> items.</summary>
    void Start(string step, long total);

    /// <summary>Adds <paramref name="done"/> finished items to the current step.</summary>
    void Advance(long done);

    /// <summary>Ends the current step, printing its count and rate.</summary>
    void Finish();
}
