import Foundation
import Testing
@testable import UNAlign

/// The review page in a real browser: Debian's chromium and chromium-driver, driven by Selenium
/// from PyPI (in a virtual environment under .build/; `.ci/run` installs the browser). The page
/// loads without console errors and shows a row per segment; `j` steps to a flagged row; a merge
/// made with the page's button and saved with its Save button (a real download) becomes, through
/// `unalign export`, a TMX that has the merged unit. The screenshot is kept as an artefact
/// (`.build/review-page.png`).
@Suite("Review page in a browser")
struct BrowserTests {
    @Test func aScriptedCorrectionRoundTripsToTMX() throws {
        let chromium = try #require(ExportTests.which("chromium"), "chromium is not installed (apt-get install chromium chromium-driver)")
        let driver = try #require(ExportTests.which("chromedriver"), "chromedriver is not installed (apt-get install chromium-driver)")
        let python = try #require(ExportTests.which("python3"), "python3 is not installed")
        let venv = Paths.root.appendingPathComponent(".build/browser-venv")
        let py = venv.appendingPathComponent("bin/python").path
        if !FileManager.default.fileExists(atPath: py) { try ExportTests.run(python, ["-m", "venv", venv.path]) }
        if (try? ExportTests.run(py, ["-c", "import selenium"])) == nil { try ExportTests.run(py, ["-m", "pip", "install", "-q", "selenium"]) }

        let d = try CLITests.temp()
        defer { try? FileManager.default.removeItem(at: d) }
        // A damaged Chinese version (a paragraph gone), so the page has flagged rows to step to.
        var zh = try A75394.source(.zh).components(separatedBy: "\n")
        if let k = zh.firstIndex(where: { $0.hasPrefix("3.") }) { zh.remove(at: k) }
        let zhFile = d.appendingPathComponent("zh.md")
        try zh.joined(separator: "\n").write(to: zhFile, atomically: true, encoding: .utf8)
        let page = d.appendingPathComponent("review.html")
        let aligned = try CLITests.unalign(["align", "Corpora/A-75-394/en.md", zhFile.path, "Corpora/A-75-394/ar.md", "-f", "html", "-o", page.path])
        #expect(aligned.status == 0, "\(aligned.err)")
        let rows = try String(contentsOf: page, encoding: .utf8).components(separatedBy: "<tr id=\"r").count - 1
        #expect(rows > 900)

        let out = d.appendingPathComponent("browser")
        let script = Paths.root.appendingPathComponent("Tests/Browser/review_page.py").path
        let p = Process()
        p.executableURL = URL(fileURLWithPath: py)
        p.arguments = [script, page.path, out.path, String(rows)]
        p.environment = ProcessInfo.processInfo.environment.merging(["CHROMIUM": chromium, "CHROMEDRIVER": driver]) { _, b in b }
        let pipe = Pipe(), err = Pipe()
        p.standardOutput = pipe
        p.standardError = err
        try p.run()
        let said = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let complaint = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(said) \(complaint.suffix(2000))")
        try? FileManager.default.removeItem(at: Paths.root.appendingPathComponent(".build/review-page.png"))
        try? FileManager.default.copyItem(at: out.appendingPathComponent("screenshot.png"), to: Paths.root.appendingPathComponent(".build/review-page.png"))

        // The corrected alignment, saved by the page, exported to TMX: the merged unit is there.
        let merged = try JSONDecoder().decode([String: String].self, from: Data(contentsOf: out.appendingPathComponent("merged.json")))
        let tmx = d.appendingPathComponent("corrected.tmx")
        let exported = try CLITests.unalign(["export", out.appendingPathComponent("corrected-alignment.json").path, "-f", "tmx", "-o", tmx.path])
        #expect(exported.status == 0, "\(exported.err)")
        let units = try TMX.read(Data(contentsOf: tmx))
        let en = try #require(merged["en"])
        #expect(units.contains { $0.text(.en) == en && $0.text(.zh) == merged["zh"] }, "no unit with the merged text \(en.prefix(60))")
    }
}
