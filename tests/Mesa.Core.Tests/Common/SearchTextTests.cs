using Mesa.Core.Common;

namespace Mesa.Core.Tests.Common;

public sealed class SearchTextTests
{
    [Theory] // "impresion" finds "Impresión"
    [InlineData("Impresión a color", "impresion a color")]
    [InlineData("  CAÑÓN   del  Piso 3 ", "canon del piso 3")]
    [InlineData("REQ 2026-000123 Configuración", "req 2026-000123 configuracion")]
    [InlineData("", "")]
    public void Text_is_folded_to_lowercase_without_accents(string text, string folded) =>
        Assert.Equal(folded, SearchText.Fold(text));
}
