using Shouldly;

namespace NodePoint.ExternalPrograms.Tests;

public class ProgramResultTests
{
    [Fact]
    public void Describes_each_ending_in_one_line()
    {
        new ProgramResult(0, "", "", false, null).Describe().ShouldBe("exit code 0");
        new ProgramResult(null, "", "", true, null) { TimeLimit = TimeSpan.FromSeconds(30) }.Describe().ShouldBe("stopped after 30 s");
        new ProgramResult(null, "", "", true, null) { TimeLimit = TimeSpan.FromMilliseconds(1500) }.Describe().ShouldBe("stopped after 1.5 s");
        new ProgramResult(null, "", "", false, "/bin/x could not start: it was not found.").Describe().ShouldBe("/bin/x could not start: it was not found.");
    }
}
