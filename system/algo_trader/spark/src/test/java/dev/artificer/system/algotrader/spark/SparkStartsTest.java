package dev.artificer.system.algotrader.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.junit.jupiter.api.Test;

class SparkStartsTest {

    @Test
    void localTwoSumsNumbers() {
        SparkConf conf = new SparkConf().setMaster("local[2]").setAppName("t").set("spark.ui.enabled", "false");
        try (JavaSparkContext spark = new JavaSparkContext(conf)) {
            assertThat(spark.parallelize(List.of(1, 2, 3, 4), 2).map(x -> x * 2).reduce(Integer::sum)).isEqualTo(20);
        }
    }
}
