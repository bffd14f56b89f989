/** The polite crawler: frontier, politeness, robots.txt, fetching, defence detection. Never imports Spark. */
package org.civcred.crawl;
