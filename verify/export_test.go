package verify

// DateTextForTest exposes dateText to the external tests.
var DateTextForTest = dateText
