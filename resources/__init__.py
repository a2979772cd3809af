"""The app's resources (icons, style sheet, fonts), installed as the package `iam_desktop.resources`.

Found through `iam_desktop.resource_files`, never through paths relative to the source tree."""
