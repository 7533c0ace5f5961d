namespace Mesa.Core.Common;

/// <summary>Marker type for the shared message resources (Messages.resx Spanish, Messages.en.resx English).</summary>
public sealed class Messages;
