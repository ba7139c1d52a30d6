import subprocess, time, uuid, sys
def test_env():
    n = "t" + uuid.uuid4().hex[:8]
    cmd = "env | sort > /tmp/explore/pane_env.txt; /tmp/venv/bin/python -c 'import shutil,os,sys; print(shutil.get_terminal_size(), os.get_terminal_size(sys.__stdout__.fileno()))' >> /tmp/explore/pane_env.txt"
    subprocess.run(["tmux", "-L", n, "new-session", "-d", "-s", n, "-x", "120", "-y", "40", cmd], check=True, capture_output=True)
    time.sleep(1.5)
    subprocess.run(["tmux", "-L", n, "kill-server"], capture_output=True)
