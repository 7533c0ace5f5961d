using Mesa.Core.Common;

namespace Mesa.Core.Tests.Support;

public static class Rule
{
    /// <summary>Asserts that the act breaks the named rule of the guide.</summary>
    public static void Broken(string rule, Action act)
    {
        var error = Assert.Throws<DomainException>(act);
        Assert.Equal(rule, error.Rule);
    }

    public static void BadInput(string field, string rule, Action act)
    {
        var error = Assert.Throws<InputException>(act);
        Assert.Equal((field, rule), (error.Field, error.Rule));
    }
}
