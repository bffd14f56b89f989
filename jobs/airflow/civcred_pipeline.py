"""civcred weekly pipeline: crawl every profiled site, then one spark-submit task per job.

Each Spark task runs ``org.civcred.cli.Main run JOB`` from the jobs jar with the run id
``civcred-<logical date>``. Every job merges on its table keys, so a retried task, a cleared task
or a re-run of a logical date rewrites nothing that is already right. Task dependencies follow the
reads and writes listed in jobs/pipeline.yaml: a job waits for every job that writes a table it
reads. ``max_active_runs=1`` keeps two logical dates from writing the same tables at once.

Set-up (Airflow 2.7+ with apache-airflow-providers-apache-spark):
  * the connection ``spark_default`` points at the cluster, e.g. host ``yarn`` with extra
    ``{"deploy-mode": "cluster"}``, or host ``k8s://https://<api-server>:6443``;
  * Airflow Variables (or the defaults below): ``civcred_home`` (a checkout with bin/civcred for
    the crawl), ``civcred_data`` (the data URI, hdfs:// or s3a://), ``civcred_jobs_jar`` (the jar
    built by ``mvn package`` as target/civcred-jobs.jar, copied where the cluster can read it);
  * once, the key for identity-number hashes: ``bin/civcred keygen --data <civcred_data>``
    (extract stops with an error naming this command when it is missing; see docs/privacy.md).
"""

from datetime import datetime, timedelta

from airflow import DAG
from airflow.models import Variable
from airflow.operators.bash import BashOperator
from airflow.providers.apache.spark.operators.spark_submit import SparkSubmitOperator

CIVCRED_HOME = Variable.get("civcred_home", default_var="/opt/civcred")
DATA = Variable.get("civcred_data", default_var="hdfs://namenode:8020/civcred")
JOBS_JAR = Variable.get("civcred_jobs_jar", default_var="hdfs://namenode:8020/civcred/lib/civcred-jobs.jar")

# (job, tables it reads, tables it writes), in pipeline order, as in jobs/pipeline.yaml.
JOBS = [
    ("ingest", ["raw"], ["captures", "quarantine", "ingest_files"]),
    ("extract", ["captures"], ["documents", "list_entries", "quarantine"]),
    ("dedupe", ["documents"], ["doc_signatures", "doc_clusters"]),
    ("resolve", ["list_entries"], ["entities", "quarantine"]),
    ("overlap-persons", ["entities", "documents"], ["overlap_persons"]),
    ("overlap-articles", ["documents", "doc_clusters"], ["overlap_articles"]),
    ("cross-mentions", ["documents"], ["cross_mentions"]),
    ("overlap-terms", ["documents"], ["overlap_terms"]),
    ("overlap-cities", ["documents", "list_entries", "cross_mentions", "overlap_persons"], ["overlap_cities"]),
]

# Delta in every session (civcred sets these itself too; here they also reach the cluster's defaults).
SPARK_CONF = {
    "spark.sql.extensions": "io.delta.sql.DeltaSparkSessionExtension",
    "spark.sql.catalog.spark_catalog": "org.apache.spark.sql.delta.catalog.DeltaCatalog",
    "spark.sql.shuffle.partitions": "64",
}

default_args = {
    "owner": "civcred",
    "retries": 2,
    "retry_delay": timedelta(minutes=10),
    "retry_exponential_backoff": True,
    "execution_timeout": timedelta(hours=6),
}

with DAG(
    dag_id="civcred_pipeline",
    description="Crawl the credit and civilization sites, then build the civcred Delta tables",
    schedule="0 1 * * 1",
    start_date=datetime(2026, 1, 5),
    catchup=False,
    max_active_runs=1,
    default_args=default_args,
    tags=["civcred"],
) as dag:
    # The crawl id names the logical date, so a retry resumes the same crawl instead of starting over.
    crawl = BashOperator(
        task_id="crawl",
        bash_command=(
            f"cd {CIVCRED_HOME} && bin/civcred crawl --all --data {DATA} --crawl-id weekly-{{{{ ds }}}}"
        ),
        execution_timeout=timedelta(hours=20),
    )

    tasks = {}
    for job, _reads, _writes in JOBS:
        tasks[job] = SparkSubmitOperator(
            task_id=job.replace("-", "_"),
            application=JOBS_JAR,
            java_class="org.civcred.cli.Main",
            application_args=["run", job, "--data", DATA, "--run-id", "civcred-{{ ds }}"],
            conf=SPARK_CONF,
            name=f"civcred-{job}",
            driver_memory="4g",
            executor_memory="8g",
        )

    writers = {}
    for job, _reads, writes in JOBS:
        for table in writes:
            writers.setdefault(table, []).append(job)

    for job, reads, _writes in JOBS:
        upstream = sorted({w for table in reads for w in writers.get(table, []) if w != job})
        if not upstream:
            crawl >> tasks[job]
        for w in upstream:
            tasks[w] >> tasks[job]
