"""send_email as Airflow has it; check_dag.py reads what would have been sent."""
SENT: list[dict] = []


def send_email(to, subject, html_content, **kwargs):
    SENT.append({"to": to, "subject": subject, "html_content": html_content})
