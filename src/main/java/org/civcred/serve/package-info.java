/** Light readers of civcred's Delta tables through Delta Kernel: plain Java rows, no Spark. */
package org.civcred.serve;
