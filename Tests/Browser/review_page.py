#!/usr/bin/env python3
"""Drives the review page in a real browser (headless Chromium through chromedriver, Selenium).

Usage: review_page.py PAGE.html OUT_DIR EXPECTED_ROWS

Loads the page, checks it loads without console errors and shows EXPECTED_ROWS rows, steps to a
flagged row by keyboard, merges the first two sentence rows with the page's own button, saves the
corrected alignment with the page's Save button (a real download) and writes to OUT_DIR:
corrected-alignment.json, merged.json (the texts the merged row shows, per language) and
screenshot.png. Prints one JSON line with what it saw. Exit status 1 on any failed check.
"""
import json
import os
import sys
import time

from selenium import webdriver
from selenium.webdriver.common.by import By

page, out, expected = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2]), int(sys.argv[3])
os.makedirs(out, exist_ok=True)
options = webdriver.ChromeOptions()
for a in ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1400,1000"]:
    options.add_argument(a)
options.binary_location = os.environ.get("CHROMIUM", "/usr/bin/chromium")
options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
options.add_experimental_option("prefs", {"download.default_directory": out, "download.prompt_for_download": False})
service = webdriver.ChromeService(executable_path=os.environ.get("CHROMEDRIVER", "/usr/bin/chromedriver"))
driver = webdriver.Chrome(options=options, service=service)
problems = []
try:
    driver.get("file://" + page)
    rows = driver.find_elements(By.CSS_SELECTOR, "#rows tbody tr")
    carried = driver.execute_script("return window.unalignReview.data.segments.length")
    if len(rows) != expected or carried != expected:
        problems.append(f"{len(rows)} rows shown, {carried} carried, {expected} expected")
    # Keyboard: j moves to the first flagged row.
    driver.find_element(By.TAG_NAME, "body").send_keys("j")
    current = driver.find_elements(By.CSS_SELECTOR, "tr.current.flagged")
    flagged = driver.find_elements(By.CSS_SELECTOR, "tr.flagged")
    if flagged and not current:
        problems.append("j did not move to a flagged row")
    driver.save_screenshot(os.path.join(out, "screenshot.png"))
    # Merge the first two sentence rows.
    first = driver.execute_script(
        "var s = window.unalignReview.data.segments; for (var i = 0; i + 1 < s.length; i++)"
        " if (s[i].kind === 'sentence' && s[i + 1].kind === 'sentence') return i; return -1;")
    before = driver.execute_script("return window.unalignReview.data.segments.length")
    button = driver.find_element(By.CSS_SELECTOR, f"#r{first} button[data-act=merge]")
    driver.execute_script("arguments[0].scrollIntoView({block: 'center'})", button)  # clear of the sticky header
    button.click()
    after = driver.execute_script("return window.unalignReview.data.segments.length")
    shown = len(driver.find_elements(By.CSS_SELECTOR, "#rows tbody tr"))
    if after != before - 1 or shown != after:
        problems.append(f"merge: {before} -> {after} segments, {shown} rows shown")
    merged = driver.execute_script(
        f"var s = window.unalignReview.data.segments[{first}], o = {{}}; for (var l in s.sides) o[l] = s.sides[l].text; return o;")
    json.dump(merged, open(os.path.join(out, "merged.json"), "w"), ensure_ascii=False)
    # Save through the page's own button: a real download.
    target = os.path.join(out, "corrected-alignment.json")
    if os.path.exists(target):
        os.remove(target)
    save = driver.find_element(By.ID, "save")
    driver.execute_script("window.scrollTo(0, 0)")
    save.click()
    for _ in range(100):
        if os.path.exists(target) and os.path.getsize(target) > 0:
            break
        time.sleep(0.1)
    else:
        problems.append("Save downloaded nothing")
    errors = [e for e in driver.get_log("browser") if e.get("level") == "SEVERE"]
    if errors:
        problems.append(f"console errors: {errors[:3]}")
finally:
    driver.quit()
print(json.dumps({"rows": expected, "problems": problems}))
sys.exit(1 if problems else 0)
