package org.mingjing;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class MingjingApplication {
    public static void main(String[] args) {
        SpringApplication.run(MingjingApplication.class, args);
    }
}
