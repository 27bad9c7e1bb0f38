package kb

// Complete reports whether the KB knows every holder of the office on day
// (Office.CompleteFrom … CompleteTo, and not past the as-of date of the
// office's source when CompleteTo is open). Only then may an unknown
// person claiming the office be contradicted.
func (k *KB) Complete(officeID string, day Date) bool { return k.complete(officeID, day) }
