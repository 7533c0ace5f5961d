using System.Globalization;
using System.Reflection;
using System.Resources;
using Mesa.Core.Common;
using Mesa.Core.Tickets;

namespace Mesa.Core.Tests.Common;

public sealed class MessagesTests
{
    private static readonly ResourceManager Resources = new("Mesa.Core.Common.Messages", typeof(Messages).Assembly);

    public static TheoryData<string> Keys()
    {
        var keys = typeof(Rules).GetFields(BindingFlags.Public | BindingFlags.Static).Select(f => (string)f.GetValue(null)!)
            .Concat(Enum.GetNames<TicketState>().Select(s => $"TicketState.{s}"));
        return new TheoryData<string>(keys);
    }

    [Theory]
    [MemberData(nameof(Keys))]
    public void Every_rule_explains_itself_in_spanish_and_english(string key)
    {
        var spanish = Resources.GetString(key, CultureInfo.GetCultureInfo("es-CO"));
        var english = Resources.GetString(key, CultureInfo.GetCultureInfo("en"));

        Assert.False(string.IsNullOrWhiteSpace(spanish), $"{key} has no Spanish text");
        Assert.False(string.IsNullOrWhiteSpace(english), $"{key} has no English text");
        Assert.NotEqual(spanish, english);
    }
}
