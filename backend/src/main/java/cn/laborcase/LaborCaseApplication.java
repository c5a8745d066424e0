package cn.laborcase;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** 劳动保障监察与劳动人事争议调解仲裁案件办理系统. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class LaborCaseApplication {

    public static void main(String[] args) {
        SpringApplication.run(LaborCaseApplication.class, args);
    }
}
